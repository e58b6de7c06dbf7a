import { notFound } from 'next/navigation';

// Any unknown path inside a locale renders the localised not-found page with status 404.
export default function CatchAll() {
  notFound();
}
