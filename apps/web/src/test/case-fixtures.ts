/** A case as the API returns it to CasePage (all fragments spread), for MockedProvider tests. */
export function caseFixture({ revision = 3, notes = [] as string[], asOf = null as string | null } = {}) {
  const timeline = [
    timelineEntry(1, 'CaseOpened', { category: 'BEREAVED', township: 'XP', village: '孝坪村', address: '三组12号', openedOn: '2023-03-01' }),
    timelineEntry(2, 'MemberRegistered', { personId: 'p-1', name: '张*', relation: 'HEAD', sex: 'MALE', birthDate: '1968-03-05' }),
    timelineEntry(3, 'ContactAssigned', { role: 'VILLAGE', name: '李四', phone: null }),
    ...notes.map((text, i) => timelineEntry(4 + i, 'CaseNoteAdded', { noteId: `n${i}`, text })),
  ];
  return {
    __typename: 'Case' as const,
    id: 'case-1',
    asOf,
    revision: revision + notes.length,
    headName: '张*',
    category: 'BEREAVED',
    status: 'ACTIVE',
    townshipName: '孝坪镇',
    village: '孝坪村',
    address: '三组12号',
    openedOn: '2023-03-01',
    exitReason: null,
    exitedOn: null,
    contacts: [{ __typename: 'Contact' as const, role: 'VILLAGE', name: '李四', phone: null }],
    members: [
      {
        __typename: 'Member' as const,
        personId: 'p-1',
        name: '张*',
        idNumberMasked: '4312**********1017',
        relation: 'HEAD',
        sex: 'MALE',
        birthDate: '1968-03-05',
        phoneMasked: '138****5678',
        deceased: false,
        diedOn: null,
      },
    ],
    timeline,
  };
}

function timelineEntry(revision: number, type: string, data: Record<string, unknown>) {
  return {
    __typename: 'TimelineEntry' as const,
    eventId: `event-${revision}`,
    position: 10 + revision,
    revision,
    type,
    data: { caseId: 'case-1', ...data },
    recordedAt: '2023-07-01T02:00:00.000Z',
    businessDate: null,
    actorName: '李梅',
    actorRole: 'caseworker',
    reason: null,
  };
}
