"""`python app.py`: start the qa web app (same as `qa serve`)."""

from qa.cli import cli

if __name__ == "__main__":
    cli(["serve"], prog_name="app.py")
