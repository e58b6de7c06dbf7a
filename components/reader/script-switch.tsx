import type { Script } from '@/lib/render';
import { readerPath } from './slots';

export interface ScriptSwitchLabels {
  /** Name of the group ("Characters: Simplified or Traditional"). */
  group: string;
  /** What each link shows: 简 / 繁 in the toolbar, a word in the settings panel. */
  hans: string;
  hant: string;
  /** Screen-reader text after the shown text (the toolbar's single characters need it). */
  hansSr?: string;
  hantSr?: string;
}

/**
 * Links to the article's Simplified and Traditional pages (issue 18). Plain links, so they work
 * without JavaScript; public/settings-init.js remembers the choice on click (`data-script-link`)
 * and keeps the #passage, and sends later visits of a Simplified page to the Traditional one.
 */
export function ScriptSwitch({
  locale,
  slug,
  script,
  labels,
  className,
  linkClassName,
  labelId,
}: {
  locale: string;
  slug: string;
  script: Script;
  labels: ScriptSwitchLabels;
  className: string;
  linkClassName: string;
  /** Shows the group's name as a visible label with this id (the settings panel). */
  labelId?: string;
}) {
  const links = [
    { value: 'hans', text: labels.hans, sr: labels.hansSr, lang: 'zh-Hans' },
    { value: 'hant', text: labels.hant, sr: labels.hantSr, lang: 'zh-Hant' },
  ] as const;
  return (
    <div
      role="group"
      aria-label={labelId ? undefined : labels.group}
      aria-labelledby={labelId}
      className={className}
      data-setting={labelId ? 'script' : undefined}
    >
      {labelId && (
        <span id={labelId} className="rx-script-label">
          {labels.group}
        </span>
      )}
      {links.map((l) => (
        <a
          key={l.value}
          href={readerPath(locale, slug, l.value)}
          className={linkClassName}
          data-script-link={l.value}
          aria-current={script === l.value ? 'page' : undefined}
        >
          <span lang={l.sr ? l.lang : undefined}>{l.text}</span>
          {l.sr && <span className="sr-only">{l.sr}</span>}
        </a>
      ))}
    </div>
  );
}
