// Types of comment-page.mjs, for the TypeScript tests that use it.
import type { Page } from 'puppeteer-core';

export const CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
export const MERMAID_SCRIPT: string;
export function commentHtml(source: string, options?: { width?: number }): string;
export function drawMermaid(page: Page): Promise<{ blocks: number; errors: string[] }>;
export interface CommentStructure {
  tables: { header: number; rows: number[] }[];
  details: { withSummary: boolean; nested: boolean }[];
  literalTags: string[];
  headingBottom: number;
  verdictBottom: number;
  firstTableTop: number;
}
export function structureOf(page: Page): Promise<CommentStructure>;
