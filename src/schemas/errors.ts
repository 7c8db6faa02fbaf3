import { z } from 'astro/zod';

/**
 * Zod's issues rewritten as short Vietnamese sentences for the office staff who edit content.
 * The field's label is added by the caller (lib/content/problems.ts); these messages say only what is wrong.
 */
const typeNames: Record<string, string> = {
  string: 'chữ',
  number: 'số',
  boolean: 'có/không (true/false)',
  array: 'danh sách',
  object: 'nhóm trường',
  date: 'ngày',
  undefined: 'trống',
  null: 'trống',
};

function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'trống';
  if (Array.isArray(value)) return 'danh sách';
  if (value instanceof Date) return 'ngày';
  return typeNames[typeof value] ?? typeof value;
}

export function vietnameseErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.input === undefined && issue.code !== 'unrecognized_keys' && issue.code !== 'custom') {
    return issue.code === 'invalid_value'
      ? `bắt buộc nhưng chưa có (chọn một trong: ${issue.values.map(String).join(', ')})`
      : 'bắt buộc nhưng chưa có';
  }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'bắt buộc nhưng chưa có';
      return `phải là ${typeNames[issue.expected] ?? issue.expected}, đang là ${describeType(issue.input)}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'không được để trống' : `phải có ít nhất ${min} ký tự`;
      if (issue.origin === 'array') return min <= 1 ? 'cần ít nhất một mục' : `cần ít nhất ${min} mục`;
      return `phải lớn hơn hoặc bằng ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `dài quá ${max} ký tự`;
      if (issue.origin === 'array') return `nhiều quá ${max} mục`;
      return `phải nhỏ hơn hoặc bằng ${max}`;
    }
    case 'invalid_value':
      return `phải là một trong các giá trị: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `có trường không được biết đến: ${issue.keys.join(', ')} (kiểm tra lại tên trường)`;
    case 'invalid_format':
      if (issue.format === 'email') return 'địa chỉ thư điện tử không hợp lệ';
      if (issue.format === 'url') return 'địa chỉ web không hợp lệ (cần bắt đầu bằng https://)';
      return 'không đúng định dạng';
    case 'invalid_union':
      return 'giá trị không hợp lệ';
    default:
      return undefined;
  }
}

z.config({ customError: vietnameseErrorMap });
