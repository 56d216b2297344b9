export const KIND_LABEL: Record<string, string> = {
  package_add: "Add a package",
  package_move: "Move a package",
  package_drop: "Drop a package",
  trusted_user_add: "Add a trusted user",
  trusted_user_remove: "Remove a trusted user",
  policy: "Policy change",
  bylaws: "Bylaws change",
};
