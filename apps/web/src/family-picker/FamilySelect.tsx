import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../i18n/I18nProvider';
import { familyLabel } from './family-label';
import { FamilySearchQuery, familySearchVariables, type FamilyNode } from './family-search.query';

/** A family the form already knows (the case page prefills its own), offered before any search. */
export type PickedFamily = { readonly id: string; readonly label: string };

type CommonProps = {
  readonly ariaLabel: string;
  readonly testId: string;
  readonly placeholder?: string;
  /** Nothing to search: a disabled picker sends no query. */
  readonly disabled?: boolean;
  /** Each family newly chosen from the search, with its members (the insurance form offers them next). */
  readonly onPicked?: (family: FamilyNode) => void;
};

type SingleProps = CommonProps & {
  readonly mode: 'single';
  readonly value?: string;
  readonly onChange?: (caseId: string | undefined) => void;
  readonly initial?: PickedFamily;
};

type MultipleProps = CommonProps & {
  readonly mode: 'multiple';
  readonly value?: string[];
  readonly onChange?: (caseIds: string[]) => void;
};

export type FamilySelectProps = SingleProps | MultipleProps;

/**
 * Finds families by a member's name, village or address (`cases(filter: {search})`). A chosen
 * family stays labelled after the search moves on to others; `value`/`onChange` fit a Form.Item.
 *
 * @example <FamilySelect mode="single" ariaLabel={t('insurance.field.case')} testId="enrol-member-case" onPicked={setFamily} />
 */
export function FamilySelect(props: FamilySelectProps) {
  const { ariaLabel, testId, placeholder, disabled, onPicked } = props;
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  // Families chosen from earlier searches: their label outlives the results they came from.
  const [chosen, setChosen] = useState<Readonly<Record<string, FamilyNode>>>({});
  const { data, loading } = useQuery(FamilySearchQuery, { variables: familySearchVariables(search), skip: disabled });
  const found = data?.cases.edges.map((edge) => edge.node) ?? [];
  const initial = props.mode === 'single' ? props.initial : undefined;
  const selected = props.mode === 'multiple' ? (props.value ?? []) : props.value ? [props.value] : [];

  const shown = new Set(found.map((family) => family.id));
  const keptIds = [...(initial ? [initial.id] : []), ...selected].filter((id, at, all) => !shown.has(id) && all.indexOf(id) === at);
  const kept = keptIds.map((id) => {
    const known = chosen[id];
    return { value: id, label: known ? familyLabel(t, known) : id === initial?.id ? initial.label : id };
  });
  const options = [...kept, ...found.map((family) => ({ value: family.id, label: familyLabel(t, family) }))];

  /** Remembers the families just chosen and tells the form about each new one. */
  const pick = (ids: readonly string[]) => {
    const added = found.filter((family) => ids.includes(family.id) && !selected.includes(family.id));
    if (added.length === 0) return;
    setChosen((before) => ({ ...before, ...Object.fromEntries(added.map((family) => [family.id, family])) }));
    added.forEach((family) => onPicked?.(family));
  };

  const common = {
    'aria-label': ariaLabel,
    'data-testid': testId,
    showSearch: { filterOption: false, onSearch: setSearch },
    placeholder,
    loading,
    disabled,
    options,
  } as const;
  if (props.mode === 'multiple') {
    return (
      <Select<string[]>
        {...common}
        mode="multiple"
        value={props.value}
        onChange={(ids: string[]) => {
          pick(ids);
          props.onChange?.(ids);
        }}
      />
    );
  }
  return (
    <Select<string>
      {...common}
      value={props.value}
      onChange={(caseId?: string) => {
        pick(caseId ? [caseId] : []);
        props.onChange?.(caseId);
      }}
    />
  );
}
