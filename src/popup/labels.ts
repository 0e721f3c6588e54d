/** Localised labels for record types. */
import type { EntityType, RecordType } from '../shared/model';
import { t } from '../shared/ui/i18n';

export function typeLabel(type: RecordType): string {
  return t(`popup_type_${type}` as const);
}

/** Heading of an "On this page" group, e.g. "People and organisations". */
export function groupLabel(type: EntityType): string {
  return t(`popup_group_${type}` as const);
}
