// The options of GOV.UK's accessible-autocomplete that the site uses (the proposal form's record
// pickers and the commune finder); the package ships no types.
declare module 'accessible-autocomplete' {
  interface Options<T> {
    element: HTMLElement;
    id: string;
    source: (query: string, populate: (results: T[]) => void) => void;
    templates?: { inputValue?: (result: T | undefined) => string; suggestion?: (result: T | string) => string };
    defaultValue?: string;
    onConfirm?: (result: T | undefined) => void;
    minLength?: number;
    name?: string;
    displayMenu?: 'inline' | 'overlay';
    showNoOptionsFound?: boolean;
    confirmOnBlur?: boolean;
    autoselect?: boolean;
    tNoResults?: () => string;
    tStatusQueryTooShort?: (minQueryLength: number) => string;
    tStatusNoResults?: () => string;
    tStatusSelectedOption?: (selectedOption: string, length: number, index: number) => string;
    tStatusResults?: (length: number, contentSelectedOption: string) => string;
    tAssistiveHint?: () => string;
  }
  function accessibleAutocomplete<T>(options: Options<T>): void;
  export default accessibleAutocomplete;
}
