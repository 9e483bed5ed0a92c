// Names for the demonstration portfolio.
