/** A municipality's adoption status on a map; `none` where nothing is recorded. */
export type MapStatus = 'none' | 'planned' | 'pilot' | 'implemented' | 'scaled' | 'discontinued';

/** The legend's order: furthest come first, nothing recorded last. */
export const MAP_STATUSES: MapStatus[] = ['scaled', 'implemented', 'pilot', 'planned', 'discontinued', 'none'];

/**
 * SVG `<pattern>`s, one per status (`url(#p-<status>)`), a mark on top of its colour so the map reads
 * without colour too. Colours come from the page's CSS: `.s-<status>` fills, `.mark` and `.mark-light`.
 */
export const STATUS_PATTERNS = `<pattern id="p-planned" width="6" height="6" patternUnits="userSpaceOnUse">
  <rect width="6" height="6" class="s-planned"></rect><circle cx="3" cy="3" r="1.1" class="mark"></circle>
</pattern>
<pattern id="p-pilot" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
  <rect width="6" height="6" class="s-pilot"></rect><rect width="1.5" height="6" class="mark"></rect>
</pattern>
<pattern id="p-implemented" width="6" height="6" patternUnits="userSpaceOnUse">
  <rect width="6" height="6" class="s-implemented"></rect>
</pattern>
<pattern id="p-scaled" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
  <rect width="6" height="6" class="s-scaled"></rect><rect width="1.2" height="6" class="mark-light"></rect>
  <rect width="6" height="1.2" class="mark-light"></rect>
</pattern>
<pattern id="p-discontinued" width="6" height="6" patternUnits="userSpaceOnUse">
  <rect width="6" height="6" class="s-discontinued"></rect><rect width="6" height="1.3" class="mark"></rect>
</pattern>
<pattern id="p-none" width="6" height="6" patternUnits="userSpaceOnUse">
  <rect width="6" height="6" class="s-none"></rect>
</pattern>`;
