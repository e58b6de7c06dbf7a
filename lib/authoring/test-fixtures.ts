import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Two paragraphs of the first article: the first pairs 2:2, the second has an English split (1:2). */
export const ZH =
  '回望过去的2023年，是槐荫区奋力跨越的赶超之年。这一年来，槐荫区交出了一份份亮眼的“成绩单”。\n\n“我们要深化项目攻坚。”\n';
export const EN =
  'Looking back, 2023 was a year of catching up. Over the year, Huaiyin turned in one impressive "report card" after another.\n\n"We will deepen our push on projects." That was the message.\n';

export const META = {
  slug: 'sample-text',
  title: { zh: '槐荫区持续打造“齐鲁门户，医养之都”', en: 'Huaiyin keeps building' },
  reporter: { zh: '王贝芝', en: 'Wang Beizhi' },
  outlet: { zh: '济南日报', en: 'Jinan Daily' },
  publicationDate: '2024-01-18',
  url: 'https://example.org/a',
  summary: { zh: '样本。', en: 'A sample.' },
};

/** A temporary project layout: content/articles (empty) and the three input files. */
export function tempProject(files: { zh?: string; en?: string; meta?: unknown } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-authoring-'));
  fs.mkdirSync(path.join(dir, 'content', 'articles'), { recursive: true });
  const write = (name: string, text: string) => {
    fs.writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };
  return {
    dir,
    contentDir: path.join(dir, 'content'),
    zhFile: write('zh.txt', files.zh ?? ZH),
    enFile: write('en.txt', files.en ?? EN),
    metaFile: write(
      'meta.json',
      typeof files.meta === 'string' ? files.meta : JSON.stringify(files.meta ?? META),
    ),
    write,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
