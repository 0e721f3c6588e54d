/**
 * `__BENCH__` is true only in the bench and development builds (scripts/lib/build.ts
 * defines it; vitest too, so the marks stay tested). The shipped bundles are built with it
 * false, so esbuild drops every `if (__BENCH__)` branch and the bench-only modules
 * (User Timing marks, the highlighter's pass figures) with them.
 */
declare const __BENCH__: boolean;
