# A module with only comments.

# nothing else
