import en from '@/messages/en.json';
import zh from '@/messages/zh.json';
import './globals.css';

// Addresses outside any locale that no route matches and the proxy leaves to Next (/a/b.png), and
// `next dev`: a plain bilingual 404. Next renders it as real HTML there; unknown root file names
// (/nope.txt) would get its error document, so the proxy answers those itself.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="grid min-h-dvh place-items-center p-8 text-center">
        <main>
          <h1 className="text-2xl font-semibold">{en.NotFound.title}</h1>
          <p lang="zh-Hans" className="mt-2">
            {zh.NotFound.title}
          </p>
          <p className="mt-6">
            <a className="underline" href="/en">
              {en.Meta.siteName}
            </a>{' '}
            ·{' '}
            <a className="underline" href="/zh" lang="zh-Hans">
              对照
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
