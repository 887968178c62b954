"""Finding what to practise and doing it safely: Find help, Routines, the safety screens and the practice guide."""
