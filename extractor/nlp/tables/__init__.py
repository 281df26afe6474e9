"""Tables in article text: readers for each layout, one grid type, and the interpreter that types its axes."""
