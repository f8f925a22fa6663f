"""Terminal dialogues: the interview and the interactive draft review. They talk to a person
at a terminal; the library code they drive lives in `cswriter.interview` and `cswriter.draft`."""
