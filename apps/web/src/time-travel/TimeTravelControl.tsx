import { DatePicker, Segmented, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { formatShanghaiTime } from '../case-timeline/format-instant';
import { CIVIL_DATE_FORMAT, todayInShanghai } from '../forms/CivilDateField';
import { useI18n } from '../i18n/I18nProvider';
import { shanghaiWallClockToInstant, type TimeAxis, type TimeTravel } from './time-travel';

const WALL_CLOCK_FORMAT = 'YYYY-MM-DD HH:mm:ss';

type Props = { readonly value: TimeTravel; readonly onChange: (travel: TimeTravel) => void };

// Dayjs objects here only carry Beijing wall-clock digits: the conversion to an instant is ours,
// so the browser's own zone never shifts the moment picked.
const afterToday = (day: Dayjs) => day.format(CIVIL_DATE_FORMAT) > todayInShanghai();

/** Moves the case page through time: now, as recorded at an instant, or as of a business date. */
export function TimeTravelControl({ value, onChange }: Props) {
  const { t } = useI18n();
  return (
    <Space wrap data-testid="time-travel">
      <Segmented<TimeAxis>
        aria-label={t('timeTravel.label')}
        data-testid="time-travel-axis"
        value={value.axis}
        onChange={(axis) => onChange({ ...value, axis })}
        options={[
          { value: 'now', label: t('timeTravel.now') },
          { value: 'recordedAt', label: t('timeTravel.recordedAt') },
          { value: 'businessDate', label: t('timeTravel.businessDate') },
        ]}
      />
      {value.axis === 'businessDate' && (
        <DatePicker
          aria-label={t('timeTravel.pickDate')}
          data-testid="time-travel-business-date"
          placeholder={t('timeTravel.pickDate')}
          format={CIVIL_DATE_FORMAT}
          disabledDate={afterToday}
          value={value.businessDate ? dayjs(value.businessDate, CIVIL_DATE_FORMAT) : null}
          onChange={(day: Dayjs | null) => {
            const { businessDate: _previous, ...rest } = value;
            onChange(day ? { ...rest, businessDate: day.format(CIVIL_DATE_FORMAT) } : rest);
          }}
        />
      )}
      {value.axis === 'recordedAt' && (
        <DatePicker
          showTime
          aria-label={t('timeTravel.pickTime')}
          data-testid="time-travel-recorded-at"
          placeholder={t('timeTravel.pickTime')}
          format={WALL_CLOCK_FORMAT}
          disabledDate={afterToday}
          value={value.recordedAt ? dayjs(formatShanghaiTime(value.recordedAt), WALL_CLOCK_FORMAT) : null}
          onChange={(moment: Dayjs | null) => {
            const { recordedAt: _previous, ...rest } = value;
            const recordedAt = moment ? shanghaiWallClockToInstant(moment.format(WALL_CLOCK_FORMAT)) : undefined;
            onChange(recordedAt ? { ...rest, recordedAt } : rest);
          }}
        />
      )}
    </Space>
  );
}
