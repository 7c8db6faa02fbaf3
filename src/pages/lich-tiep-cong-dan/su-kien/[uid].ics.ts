/** One upcoming session as an .ics file, for the "Thêm vào lịch" links. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sessionsIn, upcomingWindow, type SessionView } from '../../../data/reception.ts';
import { sessionsIcs } from '../../../data/reception-ics.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const w = upcomingWindow();
  return (await sessionsIn(w.from, w.to))
    .filter((s) => s.status === 'scheduled')
    .map((session) => ({ params: { uid: session.uid }, props: { session } }));
};

export const GET: APIRoute = async ({ props }) => {
  const session = props['session'] as SessionView;
  return sessionsIcs(session.schedule.data.title, [session]);
};
