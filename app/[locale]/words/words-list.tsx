'use client';

import { useEffect, useState } from 'react';
import {
  WORDS_KEY,
  readWords,
  removeWord,
  toAnkiCsv,
  toPlecoText,
  writeWords,
  type SavedWord,
} from '@/components/popover/words-store';
import type { Locale } from 'next-intl';
import { formatIcu } from '@/lib/i18n/icu';
import { PlecoLookup, type PlecoLabels } from '@/components/popover/pleco-lookup';

function download(name: string, text: string, type: string) {
  // A BOM so spreadsheet apps and Anki on Windows read UTF-8.
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function WordsList({
  locale,
  labels,
}: {
  locale: Locale;
  labels: {
    empty: string;
    count: string;
    exportAnki: string;
    exportPleco: string;
    exportNote: string;
    remove: string;
    removeWord: string;
    back: string;
    storageFailed: string;
    /** "Open in Pleco: {word}" and "Copy {word}": accessible names of the per-word look-up. */
    plecoWord: string;
    copyWord: string;
  } & PlecoLabels;
}) {
  const [words, setWords] = useState<SavedWord[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const load = () => setWords(readWords());
    load();
    const onStorage = (e: StorageEvent) => {
      if (e.key === WORDS_KEY || e.key === null) load();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  if (words === null) return null;
  if (!words.length)
    return (
      <p className="mt-8" data-words-empty="">
        {labels.empty}
      </p>
    );

  const remove = (w: string) => {
    const next = removeWord(words, w);
    setFailed(!writeWords(next));
    setWords(next);
  };

  return (
    <>
      <div className="mt-6 flex flex-wrap items-center gap-3">
        <p className="text-muted">{formatIcu(locale, labels.count, { count: words.length })}</p>
        <button
          type="button"
          data-export="anki"
          className="min-h-11 rounded-md border border-rule bg-panel px-4 hover:border-accent"
          onClick={() => download('duizhao-words-anki.csv', toAnkiCsv(words, location.origin), 'text/csv')}
        >
          {labels.exportAnki}
        </button>
        <button
          type="button"
          data-export="pleco"
          className="min-h-11 rounded-md border border-rule bg-panel px-4 hover:border-accent"
          onClick={() => download('duizhao-words-pleco.txt', toPlecoText(words), 'text/plain')}
        >
          {labels.exportPleco}
        </button>
      </div>
      <p className="mt-2 text-sm text-muted">{labels.exportNote}</p>
      {failed && (
        <p role="alert" className="mt-2">
          {labels.storageFailed}
        </p>
      )}
      <ul className="mt-6 divide-y divide-rule border-y border-rule">
        {words.map((w) => (
          <li key={w.word} className="py-4" data-saved-word={w.word}>
            <div className="flex items-start justify-between gap-3">
              <div>
                <p className="text-2xl" lang="zh-Hans">
                  {w.word}
                </p>
                <p className="text-muted">{w.pinyin}</p>
              </div>
              <button
                type="button"
                className="min-h-11 min-w-11 rounded-md px-3 text-muted hover:bg-panel hover:text-ink"
                aria-label={formatIcu(locale, labels.removeWord, { word: w.word })}
                onClick={() => remove(w.word)}
              >
                {labels.remove}
              </button>
            </div>
            {w.defs.length > 0 && <p className="mt-1">{w.defs.join('; ')}</p>}
            <blockquote className="mt-2 border-l-2 border-rule pl-3">
              <p lang="zh-Hans">{w.sentence}</p>
              {w.sentenceEn && (
                <p lang="en" className="text-sm text-muted">
                  {w.sentenceEn}
                </p>
              )}
            </blockquote>
            <div className="mt-1 flex flex-wrap items-center gap-x-4">
              <a href={w.href} className="inline-flex min-h-11 items-center">
                {labels.back}
              </a>
              <PlecoLookup
                word={w.word}
                labels={labels}
                names={{
                  pleco: labels.plecoWord.replace('{word}', w.word),
                  copy: labels.copyWord.replace('{word}', w.word),
                }}
                className="inline-flex min-h-11 items-center rounded-md px-3 hover:bg-panel"
                noteClassName="text-sm text-muted"
              />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
