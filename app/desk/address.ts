/**
 * The editor's address for a file of the content root: /desk/edit/?file=stories/x.mdx. The file is
 * a query, not a path segment: next dev starts a throwaway worker for every request to a dynamic
 * route (about 1 s of CPU each time a file is opened). Slashes stay as they are, for a readable address.
 */
export const editorAddress = (rel: string) => `/desk/edit/?file=${encodeURIComponent(rel).replace(/%2F/g, '/')}`;
