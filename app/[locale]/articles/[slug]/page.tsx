import { readerMetadataFor, readerPageFor, readerStaticParams } from './reader-route';

export const dynamicParams = false;
export const generateStaticParams = readerStaticParams;
export const generateMetadata = readerMetadataFor('hans');
export default readerPageFor('hans');
