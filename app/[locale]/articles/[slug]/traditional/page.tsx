import { readerMetadataFor, readerPageFor, readerStaticParams } from '../reader-route';

// The article in Traditional characters (issue 18): its own static page, so the Simplified page
// does not carry both scripts.
export const dynamicParams = false;
export const generateStaticParams = readerStaticParams;
export const generateMetadata = readerMetadataFor('hant');
export default readerPageFor('hant');
