// English wording: present.
export const present = {
} as const
