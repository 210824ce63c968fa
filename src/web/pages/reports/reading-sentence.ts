import type { TFunction } from 'i18next';
import { formatNumber } from '../../app/format';
import type { PacketReading } from './data-packet-types';

/**
 * One sentence for a reading, in the style of the source's packets: "21 percent were newly
 * qualified in 2021-22, 5 points higher than 2020-21 (the state: 18.3 percent)." A count's
 * change is a percent of the earlier count (DP2): "30 percent more than 2020-21".
 */
export function readingSentence(reading: PacketReading, t: TFunction, language: string): string {
  if (reading.value === null) return t('packet.readings.nobody', { period: reading.period });
  const number = (value: number) => formatNumber(Math.abs(value), language);
  const isCount = reading.changeUnit === 'percent';
  let sentence = t(`packet.readings.${reading.figure}`, {
    value: number(reading.value),
    period: reading.period,
  });
  if (reading.change !== null && reading.previousPeriod) {
    const direction = reading.change > 0 ? 'higher' : reading.change < 0 ? 'lower' : 'same';
    sentence += t(`packet.change.${reading.changeUnit}.${direction}`, {
      change: number(reading.change),
      previous: reading.previousPeriod,
    });
  } else if (isCount && reading.previousValue === 0 && reading.previousPeriod) {
    sentence += t('packet.change.percent.none', { previous: reading.previousPeriod });
  }
  if (reading.stateValue !== null)
    sentence += t(isCount ? 'packet.stateCount' : 'packet.statePercent', {
      value: number(reading.stateValue),
    });
  return `${sentence}.`;
}
