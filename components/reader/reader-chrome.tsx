import { getTranslations } from 'next-intl/server';
import { ReadAloudLoader } from '@/components/reader-ux/read-aloud-loader';
import { ReaderBehaviour } from '@/components/reader-ux/reader-behaviour';
import { OfflineSection } from '@/components/offline/offline-markup';
import { SettingsPanel } from '@/components/reader-ux/settings-panel';
import '@/components/reader-ux/reader-ux.css';
import { toTraditional } from '@/lib/convert';
import { SCRIPT_LANG } from '@/lib/render';
import { ScriptSwitch } from './script-switch';
import type { ReaderSlotProps } from './slots';
import { HSK_LIST } from '@/lib/hsk';
import { CloseIcon } from '@/components/icons';

const TOC_KINDS = new Set(['heading', 'sidebar-heading']);

/**
 * Reader toolbar (contents, read aloud, 简/繁, settings), reading-progress bar, table of contents and
 * settings panel — issues 6 and 18. The contents drawer is a native popover, so it works without
 * JavaScript; script-only controls carry `rx-js` and show only under html[data-js=on].
 */
export async function ReaderChrome({ article, locale, script }: ReaderSlotProps) {
  const tb = await getTranslations({ locale, namespace: 'Toolbar' });
  const toc = await getTranslations({ locale, namespace: 'Toc' });
  const st = await getTranslations({ locale, namespace: 'Settings' });
  const sp = await getTranslations({ locale, namespace: 'Speech' });
  const first = article.blocks.find((b) => b.kind === 'headline') ?? article.blocks[0]!;
  const entries = [
    { id: first.id, zh: article.meta.title.zh, en: article.meta.title.en, sidebar: false },
    ...article.blocks
      .filter((b) => TOC_KINDS.has(b.kind))
      .map((b) => ({
        id: b.id,
        zh: b.sentences.map((s) => s.zh).join(''),
        en: b.sentences.map((s) => s.en ?? '').join(' '),
        sidebar: b.kind === 'sidebar-heading',
      })),
  ];
  const uiFirst = locale === 'zh' ? 'zh' : 'en';
  // The article's Chinese (title, headings) in the page's script; the UI stays in the locale's.
  const zhLang = SCRIPT_LANG[script];
  const zhText = (text: string) => (script === 'hant' ? toTraditional(text) : text);

  return (
    <>
      <div className="rx-progress" aria-hidden="true">
        <span />
      </div>
      <div className="rx-toolbar" data-rx-toolbar="">
        <div className="rx-toolbar-inner" role="group" aria-label={tb('label')}>
          <button
            type="button"
            className="rx-tool"
            popoverTarget="rx-toc"
            aria-controls="rx-toc"
            data-tool="toc"
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
              <path d="M4 6h16M4 12h16M4 18h10" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
            <span className="rx-tool-label">{tb('contents')}</span>
          </button>
          <span className="rx-toolbar-title" lang={zhLang} aria-hidden="true">
            {zhText(article.meta.title.zh)}
          </span>
          <ReadAloudLoader
            locale={locale}
            labels={{
              listen: tb('listen'),
              label: sp('label'),
              play: sp('play'),
              pause: sp('pause'),
              previous: sp('previous'),
              next: sp('next'),
              scope: sp('scope'),
              scopeSentence: sp('scopeSentence'),
              scopeParagraph: sp('scopeParagraph'),
              speed: sp('speed'),
              close: sp('close'),
            }}
          />
          <ScriptSwitch
            locale={locale}
            slug={article.slug}
            script={script}
            className="rx-script"
            linkClassName="rx-tool rx-script-link"
            labels={{
              group: tb('script'),
              hans: tb('hans'),
              hant: tb('hant'),
              hansSr: tb('hansSr'),
              hantSr: tb('hantSr'),
            }}
          />
          <button
            type="button"
            className="rx-tool rx-js"
            popoverTarget="rx-settings"
            aria-controls="rx-settings"
            data-tool="settings"
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
              <path
                d="M3 18l5-12 5 12M4.8 14h6.4M15 18l3-7.5 3 7.5M16 16h4"
                stroke="currentColor"
                strokeWidth="1.8"
                fill="none"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
            <span className="rx-tool-label">{tb('settings')}</span>
          </button>
        </div>
      </div>

      <nav id="rx-toc" popover="auto" className="rx-sheet rx-drawer" aria-labelledby="rx-toc-title">
        <div className="rx-sheet-head">
          <h2 id="rx-toc-title">{toc('title')}</h2>
          <button type="button" className="rx-icon-btn" popoverTarget="rx-toc" popoverTargetAction="hide">
            <CloseIcon />
            <span className="sr-only">{toc('close')}</span>
          </button>
        </div>
        <ol className="rx-toc-list">
          {entries.map((e, i) => (
            <li key={e.id} className={e.sidebar ? 'rx-toc-sidebar' : i === 0 ? 'rx-toc-top' : undefined}>
              <a href={`#${e.id}`}>
                {i === 0 && <span className="rx-toc-kicker">{toc('top')}</span>}
                {e.sidebar && <span className="rx-toc-kicker">{toc('sidebar')}</span>}
                <span lang={uiFirst === 'zh' ? zhLang : 'en'} className="rx-toc-main">
                  {uiFirst === 'zh' ? zhText(e.zh) : e.en}
                </span>
                <span lang={uiFirst === 'zh' ? 'en' : zhLang} className="rx-toc-sub">
                  {uiFirst === 'zh' ? e.en : zhText(e.zh)}
                </span>
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <SettingsPanel
        script={
          <ScriptSwitch
            locale={locale}
            slug={article.slug}
            script={script}
            className="rx-field rx-script-choices"
            linkClassName="rx-script-choice"
            labelId="rx-script-label"
            labels={{ group: st('script'), hans: st('scriptHans'), hant: st('scriptHant') }}
          />
        }
        labels={{
          title: st('title'),
          close: st('close'),
          view: st('view'),
          viewAuto: st('viewAuto'),
          viewAutoHint: st('viewAutoHint'),
          viewSide: st('viewSide'),
          viewInterleaved: st('viewInterleaved'),
          viewZh: st('viewZh'),
          viewEn: st('viewEn'),
          reveal: st('reveal'),
          chinese: st('chinese'),
          pinyin: st('pinyin'),
          pinyinAll: st('pinyinAll'),
          pinyinAbove: st('pinyinAbove'),
          pinyinNone: st('pinyinNone'),
          pinyinAboveHint: st('pinyinAboveHint'),
          myLevel: st('myLevel', { list: HSK_LIST.name }),
          levelOption: st('levelOption', { level: '{level}' }),
          tones: st('tones'),
          sandhi: st('sandhi'),
          sandhiHint: st('sandhiHint'),
          size: st('size'),
          sizeS: st('sizeS'),
          sizeM: st('sizeM'),
          sizeL: st('sizeL'),
          sizeXl: st('sizeXl'),
          theme: st('theme'),
          themeSystem: st('themeSystem'),
          themeLight: st('themeLight'),
          themeDark: st('themeDark'),
          reset: st('reset'),
          notSaved: st('notSaved'),
        }}
      >
        <OfflineSection locale={locale} />
      </SettingsPanel>
      <ReaderBehaviour />
    </>
  );
}
