/** Both labels of each value of a closed vocabulary: zh is the default UI language, en a switch away. */
export type Labels<T extends string> = { readonly [K in T]: { readonly zh: string; readonly en: string } };
