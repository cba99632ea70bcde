/** The handbook's git history, read once per build and shared by every page that shows it. */
import { readContentHistory, type ContentHistory } from './git-history.ts';
import { CONTENT_FOLDER } from '../lib/judging/link-target.ts';
import { handbookRoot } from './settings.ts';

let history: ContentHistory | undefined;

/** The content history; the first call runs `git log`, later calls reuse its answer. */
export function contentHistory(): ContentHistory {
  history ??= readContentHistory(handbookRoot, CONTENT_FOLDER);
  return history;
}
