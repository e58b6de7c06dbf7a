'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import {
  apa,
  bibtex,
  bibtexKey,
  chicago,
  gbt,
  localToday,
  mla,
  passageUrl,
  ris,
  type CiteSource,
} from '@/lib/cite/format';
import { parsePassage, passageLocator } from '@/lib/cite/passage';
import { copyText, pagePassage, sourceText, ZH } from './dom';
import { passageRangeText } from './passage-copy';

export interface CiteLabels {
  title: string;
  passage: string;
  wholeBlock: string;
  sentence: string;
  through: string;
  locator: string;
  copyText: string;
  copyZh: string;
  copyEn: string;
  copyBoth: string;
  link: string;
  copy: string;
  copied: string;
  apa: string;
  mla: string;
  chicago: string;
  gbt: string;
  reference: string;
  worksCited: string;
  inText: string;
  note: string;
  bibliography: string;
  gbtEntry: string;
  download: string;
  bibtex: string;
  ris: string;
  accessed: string;
  close: string;
  /** Only on the Traditional page: citations quote the source in Simplified characters. */
  scriptNote?: string;
}

function CopyRow({
  label,
  text,
  lang,
  labels,
  id,
  onCopied,
}: {
  label: string;
  text: string;
  lang?: string;
  labels: CiteLabels;
  id: string;
  onCopied: (ok: boolean) => void;
}) {
  // "Copied" refers to the text that was copied; a new passage choice resets it.
  const [copiedText, setCopiedText] = useState<string | null>(null);
  const done = copiedText === text;
  return (
    <div className="dz-cite-row">
      <div className="dz-cite-label" id={`${id}-l`}>
        {label}
      </div>
      <p className="dz-cite-text" lang={lang} data-cite={id} aria-labelledby={`${id}-l`}>
        {text}
      </p>
      <button
        type="button"
        className="dz-btn"
        aria-describedby={`${id}-l`}
        onClick={async () => {
          const ok = await copyText(text);
          setCopiedText(ok ? text : null);
          onCopied(ok);
        }}
      >
        {done ? labels.copied : labels.copy}
      </button>
    </div>
  );
}

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Modal dialog with the passage's citation in four styles, BibTeX/RIS downloads and its link. */
export function CiteDialog({
  blockId,
  source,
  labels,
  onClose,
  onCopied,
}: {
  blockId: string;
  source: CiteSource;
  labels: CiteLabels;
  onClose: () => void;
  onCopied: (ok: boolean) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // Opened on the paragraph a deep link highlighted: start from the linked sentence or range.
  const [target, setTarget] = useState(() => {
    let hash = '';
    try {
      hash = decodeURIComponent(location.hash.slice(1));
    } catch {}
    const linked = hash ? pagePassage(hash) : null;
    return linked?.blockId === blockId ? linked.id : blockId;
  });
  const accessed = useMemo(() => localToday(), []);
  // Sentence choices read from the page (ids and a short excerpt), not passed as props.
  const sentences = useMemo(() => {
    const block = document.getElementById(blockId);
    // The excerpt in the source's script, as the citation quotes it (also on the Traditional page).
    return [...(block?.querySelectorAll<HTMLElement>(`:scope > ${ZH} [data-sentence]`) ?? [])].map((el) => {
      const text = sourceText(el).replace(/\s+/g, ' ');
      return { id: el.dataset.sentence!, excerpt: text.length > 14 ? `${text.slice(0, 14)}…` : text };
    });
  }, [blockId]);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const chosen = parsePassage(target) ?? parsePassage(blockId)!;
  // A one-sentence block is cited as the block (its picker offers nothing else).
  const p = sentences.length > 1 ? chosen : parsePassage(blockId)!;
  const from = p.sentence ? `${blockId}.s${p.sentence}` : blockId;
  const copyPassage = async (kind: 'zh' | 'en' | 'both') =>
    onCopied(await copyText(passageRangeText(p, kind)));
  const a = apa(source, p, accessed);
  const m = mla(source, p, accessed);
  const c = chicago(source, p, accessed);
  const g = gbt(source, p, accessed);
  const url = passageUrl(source, p);
  const key = bibtexKey(source, p);

  return (
    <dialog
      ref={ref}
      className="dz-dialog"
      aria-labelledby="dz-cite-title"
      onClose={onClose}
      onClick={(e) => {
        if (e.target === ref.current) ref.current.close();
      }}
      data-cite-dialog
    >
      <div className="dz-dialog-inner">
        <div className="dz-dialog-head">
          <h2 id="dz-cite-title">{labels.title}</h2>
          <button
            type="button"
            className="dz-btn dz-close"
            onClick={() => ref.current?.close()}
            aria-label={labels.close}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        {labels.scriptNote && (
          <p className="dz-note" data-cite-script-note>
            {labels.scriptNote}
          </p>
        )}
        <label className="dz-field">
          <span>{labels.passage}</span>
          <select value={from} onChange={(e) => setTarget(e.target.value)} data-cite-scope>
            <option value={blockId}>{labels.wholeBlock.replace('{id}', blockId)}</option>
            {sentences.length > 1 &&
              sentences.map((s) => (
                <option key={s.id} value={s.id}>
                  {`${labels.sentence.replace('{id}', s.id)} · ${s.excerpt}`}
                </option>
              ))}
          </select>
        </label>
        {p.sentence !== undefined && p.sentence < sentences.length && (
          <label className="dz-field">
            <span>{labels.through}</span>
            <select
              value={String(p.to ?? p.sentence)}
              onChange={(e) => setTarget(`${from}-s${e.target.value}`)}
              data-cite-through
            >
              {sentences.slice(p.sentence - 1).map((s, i) => (
                <option key={s.id} value={String(p.sentence! + i)}>
                  {`${labels.sentence.replace('{id}', s.id)} · ${s.excerpt}`}
                </option>
              ))}
            </select>
          </label>
        )}
        <p className="dz-cite-locator" data-cite-locator={p.id}>
          {labels.locator.replace('{locator}', passageLocator(p))}
        </p>
        <div className="dz-cite-copytext" role="group" aria-label={labels.copyText}>
          <span className="dz-cite-label">{labels.copyText}</span>
          {(
            [
              ['zh', labels.copyZh],
              ['en', labels.copyEn],
              ['both', labels.copyBoth],
            ] as const
          ).map(([kind, label]) => (
            <button
              key={kind}
              type="button"
              className="dz-btn"
              data-copy-passage={kind}
              onClick={() => void copyPassage(kind)}
            >
              {label}
            </button>
          ))}
        </div>
        <CopyRow id="link" lang="en" label={labels.link} text={url} labels={labels} onCopied={onCopied} />
        <section aria-labelledby="dz-apa">
          <h3 id="dz-apa">{labels.apa}</h3>
          <CopyRow
            id="apa"
            lang="en"
            label={labels.reference}
            text={a.reference}
            labels={labels}
            onCopied={onCopied}
          />
          <CopyRow
            id="apa-in"
            lang="en"
            label={labels.inText}
            text={a.inText!}
            labels={labels}
            onCopied={onCopied}
          />
        </section>
        <section aria-labelledby="dz-mla">
          <h3 id="dz-mla">{labels.mla}</h3>
          <CopyRow
            id="mla"
            lang="en"
            label={labels.worksCited}
            text={m.reference}
            labels={labels}
            onCopied={onCopied}
          />
          <CopyRow
            id="mla-in"
            lang="en"
            label={labels.inText}
            text={m.inText!}
            labels={labels}
            onCopied={onCopied}
          />
        </section>
        <section aria-labelledby="dz-chicago">
          <h3 id="dz-chicago">{labels.chicago}</h3>
          <CopyRow
            id="chicago-note"
            lang="en"
            label={labels.note}
            text={c.note!}
            labels={labels}
            onCopied={onCopied}
          />
          <CopyRow
            id="chicago"
            lang="en"
            label={labels.bibliography}
            text={c.reference}
            labels={labels}
            onCopied={onCopied}
          />
        </section>
        <section aria-labelledby="dz-gbt">
          <h3 id="dz-gbt">{labels.gbt}</h3>
          <CopyRow
            id="gbt"
            label={labels.gbtEntry}
            text={g.reference}
            lang="zh-Hans"
            labels={labels}
            onCopied={onCopied}
          />
        </section>
        <section aria-labelledby="dz-dl" className="dz-downloads">
          <h3 id="dz-dl">{labels.download}</h3>
          <div className="dz-dl-row">
            <button
              type="button"
              className="dz-btn"
              data-download="bibtex"
              onClick={() =>
                download(`${key}.bib`, bibtex(source, p, accessed), 'application/x-bibtex;charset=utf-8')
              }
            >
              {labels.bibtex}
            </button>
            <button
              type="button"
              className="dz-btn"
              data-download="ris"
              onClick={() =>
                download(
                  `${key}.ris`,
                  ris(source, p, accessed),
                  'application/x-research-info-systems;charset=utf-8',
                )
              }
            >
              {labels.ris}
            </button>
          </div>
        </section>
        <p className="dz-note">{labels.accessed.replace('{date}', accessed)}</p>
      </div>
    </dialog>
  );
}
