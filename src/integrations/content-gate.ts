/**
 * Stops `astro build` before it writes anything when any content file is invalid, listing every problem
 * (Astro's own schema check stops at the first one).
 */
import type { AstroIntegration } from 'astro';
import { formatReport } from '../lib/content/check.ts';
import { checkedContent } from '../lib/content/checked.ts';
import { contentRoot } from '../loaders/content-dir.ts';

export function contentGate(): AstroIntegration {
  return {
    name: 'portal-content-gate',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // The loaders take their entries from this same result (lib/content/checked.ts): one read per build.
        const { problems } = checkedContent(contentRoot());
        if (problems.length === 0) return;
        const report = formatReport(problems);
        if (command === 'build') {
          const error = new Error(`Nội dung không hợp lệ, trang web không được tạo.\n${report}`);
          error.stack = error.message; // the stack of this hook says nothing useful to an editor
          throw error;
        }
        logger.warn(report);
      },
    },
  };
}
