/** An Atom feed of disclosures, built with the feed library. Entries carry only public text (no names). */
import { Feed } from 'feed';

export interface FeedEntry {
  title: string;
  url: string;
  summary: string;
  published: string;
  category: string;
}

export function atomFeed(opts: {
  title: string;
  author: string;
  siteUrl: string;
  selfPath: string;
  updated: string;
  entries: FeedEntry[];
}): string {
  const site = opts.siteUrl.replace(/\/$/, '');
  const feed = new Feed({
    title: opts.title,
    id: `${site}${opts.selfPath}`,
    link: `${site}/cong-khai/`,
    language: 'vi',
    copyright: opts.title,
    updated: new Date(`${opts.updated}T00:00:00+07:00`),
    generator: 'Cổng thông tin minh bạch',
    feedLinks: { atom: `${site}${opts.selfPath}` },
    author: { name: opts.author },
  });
  for (const e of opts.entries) {
    feed.addItem({
      title: e.title,
      id: `${site}${e.url}`,
      link: `${site}${e.url}`,
      description: e.summary,
      date: new Date(`${e.published}T00:00:00+07:00`),
      category: [{ name: e.category }],
    });
  }
  return feed.atom1();
}
