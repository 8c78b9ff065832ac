import { forwardRef, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { navigate } from './router';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** An ordinary link (keyboard and screen-reader friendly) that routes through `navigate`. */
export const RouterLink = forwardRef<HTMLAnchorElement, Props>(function RouterLink(
  { to, onClick, ...rest },
  ref,
) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    void navigate(to);
  };
  return <a ref={ref} href={`#${to}`} onClick={handleClick} {...rest} />;
});
