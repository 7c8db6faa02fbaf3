/**
 * Every Vietnamese string the interface shows, in one place. Content (names, texts, addresses) lives in
 * content/; this dictionary holds only the words of the interface around it.
 */
export const vi = {
  site: {
    portalName: 'Cổng thông tin minh bạch',
    skipToContent: 'Bỏ qua, đến nội dung chính',
    mainNavLabel: 'Điều hướng chính',
    breadcrumbLabel: 'Đường dẫn',
    home: 'Trang chủ',
    menu: 'Danh mục',
    sampleData: 'Dữ liệu mẫu',
    sampleDataNotice:
      'Trang này có dữ liệu mẫu (tên người, số điện thoại, số liệu) để minh họa cách cổng hoạt động. Không dùng để liên hệ hay làm căn cứ.',
    lastUpdated: 'Cập nhật lần cuối',
    issuedBy: 'Cơ quan ban hành',
    englishLink: 'English',
    vietnameseLink: 'Tiếng Việt',
  },
  nav: {
    plan: 'Kế hoạch',
    disclosures: 'Công khai',
    reception: 'Lịch tiếp công dân',
    procedures: 'Thủ tục hành chính',
    forms: 'Biểu mẫu',
    search: 'Tìm kiếm',
  },
  search: {
    label: 'Tìm trên cổng thông tin',
    placeholder: 'Ví dụ: giấy phép xây dựng',
    submit: 'Tìm',
    title: 'Tìm kiếm',
    intro:
      'Gõ có dấu hoặc không dấu đều được. Kết quả gồm thủ tục, biểu mẫu, văn bản, thông tin công khai và lịch tiếp công dân.',
    noScript: 'Tìm kiếm cần JavaScript. Bạn vẫn có thể duyệt theo danh mục ở đầu trang.',
    resultsFor: 'Kết quả cho',
    noResults: 'Không tìm thấy kết quả phù hợp. Hãy thử từ khác, ít từ hơn hoặc kiểm tra chính tả.',
    loading: 'Đang tìm…',
    resultCount: (n: number) => `Tìm thấy ${new Intl.NumberFormat('vi-VN').format(n)} kết quả`,
  },
  footer: {
    contactHeading: 'Liên hệ',
    address: 'Địa chỉ',
    hotline: 'Đường dây nóng',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    workingHours: 'Giờ làm việc',
    aboutLinks: 'Về cổng thông tin',
    accessibility: 'Tuyên bố về khả năng tiếp cận',
    about: 'Giới thiệu',
    organisation: 'Cơ cấu tổ chức',
    areas: 'Địa bàn',
    contact: 'Liên hệ',
    operatedBy: 'Cơ quan quản lý cổng',
    openSource: 'Cổng được xây dựng bằng bộ công cụ mã nguồn mở.',
  },
  authority: {
    dissolvedTitle: 'Cơ quan này không còn tồn tại',
    dissolvedOn: (name: string, date: string) => `${name} đã chấm dứt hoạt động từ ngày ${date}.`,
    dissolvedNoDate: (name: string) => `${name} đã chấm dứt hoạt động.`,
    successorIs: 'Cơ quan kế thừa',
    successorUnknown: 'Chưa xác định được cơ quan kế thừa; liên hệ cơ quan quản lý cổng để được hướng dẫn.',
    recordNote:
      'Văn bản vẫn được công bố để người dân tra cứu; nhiệm vụ và thời hạn trong đó có thể đã được điều chỉnh.',
  },
  unit: {
    listTitle: 'Cơ cấu tổ chức',
    kind: 'Loại',
    parent: 'Trực thuộc',
    level: 'Cấp',
    area: 'Địa bàn',
    status: 'Tình trạng',
    active: 'Đang hoạt động',
    dissolved: 'Đã giải thể',
    children: 'Các đơn vị trực thuộc',
    contacts: 'Liên hệ',
    formerUnits: 'Đơn vị đã giải thể (lưu để tra cứu văn bản cũ)',
  },
  area: {
    listTitle: 'Địa bàn phường, xã',
    code: 'Mã đơn vị hành chính',
    codeUnverified: 'chưa xác minh',
    kind: 'Loại',
    status: 'Tình trạng',
    current: 'Đơn vị hiện nay',
    former: 'Đơn vị cũ',
    formedFrom: 'Hình thành từ',
    mergedInto: 'Nay thuộc',
    since: 'Từ ngày',
    legalBasis: 'Căn cứ',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    body: 'Địa chỉ bạn mở không có trên cổng thông tin. Có thể trang đã được chuyển hoặc địa chỉ bị gõ sai.',
    suggestions: 'Bạn có thể',
    goHome: 'Về trang chủ',
    trySearch: 'Tìm kiếm nội dung cần tìm',
  },
  home: {
    lead: 'Thông tin công khai, thủ tục hành chính và biểu mẫu, lịch tiếp công dân và kế hoạch của chính quyền địa phương, ở cùng một nơi.',
    sectionsHeading: 'Bạn cần tìm gì?',
  },
  section: {
    empty: 'Chưa có nội dung nào được đăng trong mục này.',
  },
} as const;

export type Dictionary = typeof vi;
