import en from '@/messages/en.json';
import zh from '@/messages/zh.json';
import './globals.css';

// Addresses the proxy leaves to Next (a file extension, or outside any locale and not redirected,
// such as /nope.txt): a plain bilingual 404. Next serves it as an error document, so its text
// appears once JavaScript runs.
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
