/** Dutch: the words of the launcher and the panel's frame, all the entry chunk carries. The shape every language follows. */
export const nl = {
  launcher: 'Hulp nodig?',
  title: 'Hoe kunnen we helpen?',
  loading: 'Contactmogelijkheden laden…',
  slow: 'Dit duurt langer dan normaal. Je kunt ons ook direct bereiken:',
  unavailable: 'Het contactoverzicht laadt nu niet. Je kunt ons wel direct bereiken:',
  tryAgain: 'Probeer opnieuw',
};

export type FrameStrings = typeof nl;
