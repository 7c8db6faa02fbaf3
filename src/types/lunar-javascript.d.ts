// The parts of lunar-javascript this project uses (the package ships no types).
declare module 'lunar-javascript' {
  export class Solar {
    getYear(): number;
    getMonth(): number;
    getDay(): number;
    toYmd(): string;
  }
  export class Lunar {
    static fromYmd(year: number, month: number, day: number): Lunar;
    getSolar(): Solar;
  }
  export class LunarYear {
    static fromYear(year: number): LunarYear;
    getMonthsInYear(): { getMonth(): number; getDayCount(): number }[];
  }
  const lunar: { Lunar: typeof Lunar; Solar: typeof Solar; LunarYear: typeof LunarYear };
  export default lunar;
}
