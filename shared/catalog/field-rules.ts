import { conditionHolds } from './resolve-situation.js';
import type { Answers, FormField, LocalizedText } from './schema.js';

/**
 * What a field's page says before anything is typed: its hint (the one that follows the answers given, see
 * `hintsWhen`) and the rule the value must keep where validateField would otherwise reveal it only after
 * a failure (an address inside the district must name its town; a number has a range). GOV.UK: tell people
 * the rules up front.
 */
export function fieldHint(field: FormField, answers: Answers): LocalizedText | undefined {
  return field.hintsWhen?.find((h) => conditionHolds(h.when, answers))?.hint ?? field.hint;
}

/**
 * The rule a value must keep, said before input: the district rule of an address (which validateField
 * otherwise tells only after a failure, "须写明乡镇"), else the catalog's own words for a value that breaks the
 * field's rule (its `messages.invalid`: "发票号码是 8 位数字"), else a number's range with its unit.
 */
export function fieldRule(field: FormField): LocalizedText | undefined {
  if (field.type === 'address')
    return field.inDistrict
      ? {
          'zh-CN': '须在阳泉市郊区范围内，写明乡镇（街道）、村（社区）和门牌号',
          en: 'Must be in Jiaoqu District: include the town or township, the village or community and the house number',
        }
      : { 'zh-CN': '写到门牌号', en: 'Include the house number' };
  if (field.messages?.invalid) return field.messages.invalid;
  if (field.type === 'number' && field.unit)
    return {
      'zh-CN': `${field.min} 至 ${field.max} ${field.unit['zh-CN']}`,
      en: `${field.min} to ${field.max} ${field.unit.en}`,
    };
  return undefined;
}
