/** Message type an embedded chart posts to its host page with its height. */
export const RESIZE_MESSAGE = 'n95-files:embed-height';
