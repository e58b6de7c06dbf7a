import type { GlossaryEntry } from './schema';

/**
 * The rule behind `english.status: "official"`: a Chinese government body or state outlet uses the
 * rendering in English. `usedBy` must name one, and `sources` must hold a page from it (on its own
 * site, or a reprint whose publisher names it), so a reader can check the claim.
 */

interface OfficialUser {
  name: string;
  /** How usedBy and a source's publisher name it. */
  names: RegExp;
  /** Hosts of its own sites (a source on one of them, or a subdomain, is its page). */
  hosts: readonly string[];
}

/** Chinese state outlets that publish in English. */
export const STATE_OUTLETS: readonly OfficialUser[] = [
  { name: 'Xinhua', names: /\bXinhua\b/i, hosts: ['news.cn', 'xinhuanet.com'] },
  { name: "People's Daily", names: /\bPeople's Daily\b/i, hosts: ['people.cn', 'people.com.cn'] },
  { name: 'China Daily', names: /\bChina Daily\b/i, hosts: ['chinadaily.com.cn'] },
  { name: 'CGTN', names: /\bCGTN\b/, hosts: ['cgtn.com'] },
  { name: 'Beijing Review', names: /\bBeijing Review\b/i, hosts: ['bjreview.com', 'bjreview.com.cn'] },
  { name: 'Qiushi', names: /\bQiushi\b/i, hosts: ['qstheory.cn'] },
  { name: 'China.org.cn', names: /\bChina\.org\.cn\b/i, hosts: ['china.org.cn'] },
  { name: 'China Youth Daily', names: /\bChina Youth Daily\b/i, hosts: ['cyol.com'] },
  // 中国山东网, the Shandong provincial government's English news portal.
  { name: 'sdchina.com', names: /\bsdchina\.com\b/i, hosts: ['sdchina.com'] },
];

/** How usedBy names a government body (Chinese or not: the source host settles which). */
const GOVERNMENT = /\b(government|ministry|state council|bureau|commission|party committee)\b/i;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

const onHost = (host: string, hosts: readonly string[]) => hosts.some((h) => host === h || host.endsWith(`.${h}`));

type Entry = Pick<GlossaryEntry, 'english' | 'sources'>;

/** The official user that backs an entry's rendering and the source that shows it, if any. */
export function officialBacking(entry: Entry): { user: string; url: string } | undefined {
  const usedBy = entry.english.usedBy ?? '';
  for (const outlet of STATE_OUTLETS) {
    if (!outlet.names.test(usedBy)) continue;
    const src = entry.sources.find((s) => onHost(hostOf(s.url), outlet.hosts) || outlet.names.test(s.publisher ?? ''));
    if (src) return { user: outlet.name, url: src.url };
  }
  if (GOVERNMENT.test(usedBy)) {
    // A Chinese government body publishes under gov.cn.
    const src = entry.sources.find((s) => onHost(hostOf(s.url), ['gov.cn']));
    if (src) return { user: 'Chinese government body', url: src.url };
  }
  return undefined;
}

/** Why an entry may not carry `official`, or undefined when it may (or does not claim it). */
export function officialProblem(entry: Entry): string | undefined {
  if (entry.english.status !== 'official') return undefined;
  if (officialBacking(entry)) return undefined;
  return (
    'an official rendering needs usedBy to name a Chinese government body or state outlet, and a source from it ' +
    '(its own site, or a reprint whose publisher names it); otherwise use "common" or "own"'
  );
}
