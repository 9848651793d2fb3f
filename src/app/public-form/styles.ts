/**
 * The public form's styles: Mantine's base styles and the theme's variables (drawn by the
 * `theme-variables` Vite plugin, deploy/theme-variables.ts, as MantineProvider would), and no
 * component's: the form's fields style themselves (intake-form.module.css).
 */
import '@mantine/core/styles/baseline.css';
import 'virtual:theme-variables.css';
import '@mantine/core/styles/global.css';
import '../global.css';
import './public-page.css';
