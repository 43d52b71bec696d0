export declare const ACTIONS: readonly string[];
