import { describe, expect, it } from 'vitest';
import { cellBlocks, splitDashedItems } from '../../src/lib/plan-import/blocks.ts';

describe('reading a cell of the annex into blocks', () => {
  it('keeps plain text as one paragraph', () => {
    expect(cellBlocks('Công văn, hướng dẫn').blocks).toEqual([{ type: 'p', text: 'Công văn, hướng dẫn' }]);
  });

  it('turns "- " markers into a list, keeping hyphens inside names', () => {
    expect(splitDashedItems('- Ban Tuyên giáo Thành ủy; - Phòng Văn hóa - Thông tin')).toEqual([
      'Ban Tuyên giáo Thành ủy;',
      'Phòng Văn hóa - Thông tin',
    ]);
    expect(splitDashedItems('- tổ chức chính trị - xã hội')).toEqual(['tổ chức chính trị - xã hội']);
  });

  it('reads several <p> as paragraphs', () => {
    const { blocks, rules } = cellBlocks('<p>Một.</p> <p>Hai;</p>');
    expect(blocks).toEqual([
      { type: 'p', text: 'Một.' },
      { type: 'p', text: 'Hai;' },
    ]);
    expect(rules).toContain('HTML <p> → đoạn văn');
  });

  it('reads an unclosed <ul> with dashes as a list', () => {
    expect(
      cellBlocks('<ul style="list-style-type: none"> - Các văn bản triển khai, báo cáo; - Các hình thức công khai... ').blocks,
    ).toEqual([{ type: 'ul', items: ['Các văn bản triển khai, báo cáo;', 'Các hình thức công khai...'] }]);
  });

  it('splits an <ol> that lost its item tags at sentence ends', () => {
    const { blocks } = cellBlocks(
      '<p>Công khai những nội dung sau:</p> <ol style="list-style-type: none"> Kế hoạch công tác. Kinh phí hoạt động; quyết toán kinh phí. Các nội quy, quy chế.',
    );
    expect(blocks).toEqual([
      { type: 'p', text: 'Công khai những nội dung sau:' },
      { type: 'ol', items: ['Kế hoạch công tác.', 'Kinh phí hoạt động; quyết toán kinh phí.', 'Các nội quy, quy chế.'] },
    ]);
  });
});
