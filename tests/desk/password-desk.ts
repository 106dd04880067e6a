/** The second desk's settings (started by global-setup.ts, on the port after the first): its password and the name it is reached by. */
export const PASSWORD_DESK = { password: 'correct horse battery', host: 'desk.newsroom.test' };
