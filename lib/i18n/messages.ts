import type en from '../../content/messages/en.json';

/** The shape of every messages file; en.json is the source of truth. */
export type Messages = typeof en;
