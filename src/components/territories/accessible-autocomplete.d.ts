// The package ships no types: the part of its API this site calls (see its README).
declare module 'accessible-autocomplete' {
  export interface AutocompleteOptions<T> {
    element: HTMLElement;
    id: string;
    source: (query: string, populateResults: (results: T[]) => void) => void;
    minLength?: number;
    defaultValue?: string;
    name?: string;
    autoselect?: boolean;
    confirmOnBlur?: boolean;
    showNoOptionsFound?: boolean;
    displayMenu?: 'inline' | 'overlay';
    onConfirm?: (selected: T | undefined) => void;
    templates?: { inputValue?: (result: T | undefined) => string; suggestion?: (result: T | string) => string };
    tNoResults?: () => string;
    tStatusQueryTooShort?: (minQueryLength: number) => string;
    tStatusNoResults?: () => string;
    tStatusSelectedOption?: (selectedOption: string, length: number, index: number) => string;
    tStatusResults?: (length: number, contentSelectedOption: string) => string;
    tAssistiveHint?: () => string;
  }
  export default function accessibleAutocomplete<T>(options: AutocompleteOptions<T>): void;
}
