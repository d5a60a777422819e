// The SchoolMeals audit plugin.
