/** The checks live in core/identity (the welcome and the settings share them). */
export * from '../../core/identity/checks';
