import { ChevronRight, Clock, Printer, Zap } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Availability } from '../../../shared/devices/availability.js';
import type { Item, Package } from '../../../shared/catalog/schema.js';
import { useLocalized } from '../i18n/use-localized.js';
import './ItemTile.css';

/**
 * One item or package in a list: its name, what kind of thing it is, and, when its devices are down, "暂不可用"
 * with the reason in words — the tile then says why instead of opening a flow that cannot finish.
 */
export function ItemTile({
  item,
  pkg,
  availability,
  onOpen,
}: {
  item?: Item;
  pkg?: Package;
  availability?: Availability;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const name = item ? l(item.name) : pkg ? l(pkg.name) : '';
  const unavailable = availability !== undefined && !availability.available;
  const Icon = item?.flow === 'print' ? Printer : item?.instant ? Zap : Clock;
  return (
    <button
      type="button"
      className={unavailable ? 'k-item-tile k-item-tile--unavailable' : 'k-item-tile'}
      onClick={onOpen}
      aria-disabled={unavailable || undefined}
      data-item={item?.code ?? pkg?.code}
      aria-describedby={unavailable ? `why-${item?.code ?? pkg?.code}` : undefined}
    >
      <Icon className="k-icon k-item-tile__icon" aria-hidden="true" />
      <span className="k-item-tile__text">
        <span className="k-item-tile__name">{name}</span>
        <span className="k-item-tile__meta">
          {pkg
            ? t('browse.packageMeta', { count: pkg.members.length })
            : item
              ? `${t(`flowKind.${item.flow}`)} · ${item.instant ? t('flow.instantShort') : t('flow.promisedDaysShort', { days: item.promisedDays })}`
              : ''}
        </span>
        {unavailable && availability.reason ? (
          <span className="k-item-tile__why" id={`why-${item?.code ?? pkg?.code}`}>
            {l(availability.reason)}
          </span>
        ) : null}
      </span>
      <ChevronRight className="k-icon" aria-hidden="true" />
    </button>
  );
}
