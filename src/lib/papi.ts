/**
 * The eight dimensions of PAPI (Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh) and their
 * sub-dimensions, as named in Vietnamese PAPI reports. Used to place plan items and to build the dashboard.
 * Note the numbering: transparency ("Công khai, minh bạch") is dimension 2 in PAPI.
 */
export interface PapiDimension {
  number: number;
  name: string;
  english: string;
  subDimensions: string[];
}

export const PAPI_DIMENSIONS: PapiDimension[] = [
  {
    number: 1,
    name: 'Tham gia của người dân ở cấp cơ sở',
    english: 'Participation at local levels',
    subDimensions: ['Tri thức công dân', 'Cơ hội tham gia', 'Chất lượng bầu cử trưởng thôn, tổ trưởng dân phố', 'Đóng góp tự nguyện'],
  },
  {
    number: 2,
    name: 'Công khai, minh bạch trong việc ra quyết định',
    english: 'Transparency in local decision-making',
    subDimensions: [
      'Tiếp cận thông tin',
      'Công khai, minh bạch danh sách hộ nghèo',
      'Công khai, minh bạch ngân sách cấp xã',
      'Công khai, minh bạch quy hoạch, kế hoạch sử dụng đất và khung giá đền bù',
    ],
  },
  {
    number: 3,
    name: 'Trách nhiệm giải trình với người dân',
    english: 'Vertical accountability towards citizens',
    subDimensions: ['Tương tác với chính quyền', 'Giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh', 'Tiếp cận dịch vụ tư pháp'],
  },
  {
    number: 4,
    name: 'Kiểm soát tham nhũng trong khu vực công',
    english: 'Control of corruption in the public sector',
    subDimensions: [
      'Kiểm soát tham nhũng trong chính quyền địa phương',
      'Kiểm soát tham nhũng trong cung ứng dịch vụ công',
      'Công bằng trong tuyển dụng vào khu vực công',
      'Quyết tâm chống tham nhũng của chính quyền địa phương',
    ],
  },
  {
    number: 5,
    name: 'Thủ tục hành chính công',
    english: 'Public administrative procedures',
    subDimensions: [
      'Dịch vụ chứng thực, xác nhận của chính quyền',
      'Dịch vụ cấp phép xây dựng',
      'Dịch vụ cấp giấy chứng nhận quyền sử dụng đất',
      'Dịch vụ hành chính cấp xã',
    ],
  },
  {
    number: 6,
    name: 'Cung ứng dịch vụ công',
    english: 'Public service delivery',
    subDimensions: ['Dịch vụ y tế công lập', 'Giáo dục tiểu học công lập', 'Cơ sở hạ tầng căn bản', 'An ninh, trật tự'],
  },
  {
    number: 7,
    name: 'Quản trị môi trường',
    english: 'Environmental governance',
    subDimensions: ['Nghiêm túc trong bảo vệ môi trường', 'Chất lượng không khí', 'Chất lượng nguồn nước'],
  },
  {
    number: 8,
    name: 'Quản trị điện tử',
    english: 'E-governance',
    subDimensions: [
      'Sử dụng cổng thông tin điện tử của chính quyền địa phương',
      'Tiếp cận và sử dụng Internet tại địa phương',
      'Phúc đáp qua cổng thông tin điện tử',
    ],
  },
];

const fold = (s: string) =>
  s
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The dimension a plan item names (its name begins with the dimension's name), if any. */
export function dimensionByName(name: string): PapiDimension | undefined {
  const n = fold(name);
  return n ? PAPI_DIMENSIONS.find((d) => n.startsWith(fold(d.name)) || fold(d.name).startsWith(n)) : undefined;
}

/** The dimension one of whose sub-dimensions a text names ("a) Tri thức công dân" → dimension 1). */
export function dimensionBySubDimension(text: string): PapiDimension | undefined {
  const n = fold(text.replace(/^[a-zđ]\)\s*/, ''));
  return n ? PAPI_DIMENSIONS.find((d) => d.subDimensions.some((s) => fold(s).startsWith(n) || n.startsWith(fold(s)))) : undefined;
}
