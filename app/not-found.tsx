import en from '@/messages/en.json';
import zh from '@/messages/zh.json';
import './globals.css';

// Requests outside any locale that the proxy does not redirect (rare): a plain bilingual 404.
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
