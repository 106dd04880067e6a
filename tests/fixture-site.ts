/**
 * The fixture site: the content every unit, site and end-to-end test reads, never the real
 * content/ (adding, editing or removing a real story or chart must not break a test). npm test
 * builds it with CONTENT_DIR=tests/fixtures/site into .test-build/site/, so out/ keeps the real
 * site of npm start. The real content is judged by npm run check.
 */
export const FIXTURE_CONTENT = 'tests/fixtures/site';
/** Where npm run build:fixtures writes the fixture site; OUT_DIR points the tests at another build of it. */
export const FIXTURE_OUT = '.test-build/site';
/**
 * Stories a list page shows on the fixture site (LIST_LENGTH; the real site's default is 20): two,
 * so its home page and a topic have pages to turn. npm run build:fixtures sets the same.
 */
export const FIXTURE_LIST_LENGTH = '2';
